package main

import (
	"fmt"
	"strings"
)

func main() {
	letters := strings.Split("héllo", "")
	fmt.Println(letters, len(letters))
}
