package main

import (
	"fmt"
	"hash/fnv"
)

func fnv32a(s string) uint32 {
	h := fnv.New32a()
	_, _ = h.Write([]byte(s))
	return h.Sum32()
}

func main() {
	fmt.Println(fnv32a("hello"))
	fmt.Printf("%08x\n", fnv32a(""))
	fmt.Printf("%08x\n", fnv32a("a"))
	h := fnv.New32a()
	fmt.Println(h.Size(), h.BlockSize(), h.Sum32() == fnv32a(""))
}
