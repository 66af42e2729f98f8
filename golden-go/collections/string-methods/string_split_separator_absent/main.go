package main

import (
	"fmt"
	"strings"
)

func main() {
	word := "plain"
	parts := strings.Split(word, ";")
	fmt.Println(parts, len(parts))
}
