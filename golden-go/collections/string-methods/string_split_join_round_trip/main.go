package main

import (
	"fmt"
	"strings"
)

func main() {
	path := "usr/local/bin"
	parts := strings.Split(path, "/")
	fmt.Println(strings.Join(parts, " > "))
	fmt.Println(strings.Join(parts, "/") == path)
}
