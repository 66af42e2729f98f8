package main

import (
	"fmt"
	"strings"
)

func describe(tags []string) string {
	if len(tags) == 0 {
		return "untagged"
	} else {
		return strings.Join(tags, ",")
	}
}

func main() {
	fmt.Println(describe([]string{}))
	fmt.Println(describe([]string{"red", "big"}))
}
