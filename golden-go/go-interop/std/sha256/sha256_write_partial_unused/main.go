package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

func main() {
	h := sha256.New()
	_, _ = h.Write([]byte("abc"))
	fmt.Println(hex.EncodeToString(h.Sum([]byte{}))[0:16])
}
