package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

func main() {
	sum := func() []byte {
		a := sha256.Sum256([]byte("abc"))
		return a[:]
	}()
	fmt.Println(len(sum), sha256.Size, sha256.BlockSize)
	fmt.Println(hex.EncodeToString(sum))
	fmt.Println(hex.EncodeToString(func() []byte {
		a := sha256.Sum256([]byte{})
		return a[:]
	}()))
	fmt.Println(hex.EncodeToString(func() []byte {
		a := sha256.Sum224([]byte("abc"))
		return a[:]
	}())[0:16])
}
