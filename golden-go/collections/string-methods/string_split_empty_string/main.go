package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := strings.Split("", ",")
	first := parts[0]
	fmt.Println(len(parts), fmt.Sprintf("<%v>", first), parts)
}
