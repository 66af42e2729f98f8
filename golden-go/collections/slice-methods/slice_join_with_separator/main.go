package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := []string{"2024", "06", "01"}
	fmt.Println(strings.Join(parts, "-"))
	fmt.Println(strings.Join(parts, ""))
}
