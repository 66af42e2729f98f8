package main

import (
	"fmt"
	"strings"
)

func main() {
	none := []string{}
	one := []string{"solo"}
	a := strings.Join(none, ", ")
	b := strings.Join(one, ", ")
	fmt.Printf("[%v] [%v]\n", a, b)
}
