package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Trim("xxhixx", "x"))
	fmt.Println(strings.TrimLeft("--a--", "-"))
	fmt.Println(strings.TrimRight("--a--", "-"))
	fmt.Println(strings.TrimPrefix("file.tar.gz", "file."))
	fmt.Println(strings.TrimSuffix("file.tar.gz", ".gz"))
	fmt.Println(strings.TrimSuffix("file.tar.gz", ".zip"))
	fmt.Println(strings.TrimLeft("abcba", "ab"), strings.TrimPrefix("abcba", "ab"))
}
