package main

import (
	"fmt"
	"strings"
)

func main() {
	raw := ",a,,b,"
	parts := strings.Split(raw, ",")
	fmt.Println(len(parts))
	for _, p := range parts {
		fmt.Printf("<%v>\n", p)
	}
}
