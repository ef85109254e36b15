HANDBOOK_SEARCH.loaded("manifest",{"sections":3,"shards":["7"],"chunk":4,"common":[]});
