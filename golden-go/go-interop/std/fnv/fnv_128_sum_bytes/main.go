package main

import (
	"encoding/hex"
	"fmt"
	"hash/fnv"
)

func main() {
	h := fnv.New128a()
	fmt.Fprint(h, "lisette")
	prefix := []byte{0xff}
	out := h.Sum(prefix)
	fmt.Println(len(out), out[0], h.Size())
	fmt.Println(hex.EncodeToString(out[1:len(out):len(out)]))
}
