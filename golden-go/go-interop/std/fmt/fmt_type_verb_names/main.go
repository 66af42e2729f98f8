package main

import (
	"fmt"
	"math/big"
	"strings"
)

func main() {
	sb := strings.NewReader("x")
	n := big.NewInt(int64(3))
	bytes := []byte{1}
	fmt.Printf("%T %T %T\n", sb, n, bytes)
	fmt.Printf("%T %T %T\n", 'a', 2.5, []string{"a"})
}
