package main

import (
	"fmt"
	"hash/fnv"
)

func shard(key string, shards uint64) uint64 {
	h := fnv.New64a()
	fmt.Fprint(h, key)
	return h.Sum64() % shards
}

func main() {
	keys := []string{"user:1", "user:2", "user:3", "order:77", "order:78", "cart:9"}
	load := []int{0, 0, 0, 0}
	for _, k := range keys {
		s := shard(k, 4)
		load[int(s)] += 1
		fmt.Println(k, "->", s)
	}
	fmt.Println(load)
	fmt.Println(shard("user:1", 4) == shard("user:1", 4))
}
