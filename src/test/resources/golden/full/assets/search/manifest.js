HANDBOOK_SEARCH.loaded("manifest",{"sections":17,"shards":["5"],"chunk":4,"common":[]});
