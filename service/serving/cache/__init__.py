"""The extraction cache: admission, the memory layer, single flight, eviction."""
