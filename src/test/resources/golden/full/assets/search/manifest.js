HANDBOOK_SEARCH.loaded("manifest",{"sections":17,"shards":["5"],"chunks":[0]});
