HANDBOOK_SEARCH.loaded("manifest",{"sections":16,"shards":["5"],"chunks":[0]});
