package main

import (
	"fmt"
	"strings"
)

func main() {
	path := []string{}
	path = append(path, "home")
	path = append(path, "ada", "notes")
	fmt.Println(strings.Join(path, "/"))
}
