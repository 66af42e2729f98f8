package main

import (
	"fmt"
	"strings"
)

func main() {
	list := "red, green, blue"
	fmt.Println(strings.Split(list, ", "))
}
