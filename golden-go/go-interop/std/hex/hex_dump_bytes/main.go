package main

import (
	"encoding/hex"
	"fmt"
)

func main() {
	fmt.Print(hex.Dump([]byte("Lisette -> Go, 2026!")))
}
