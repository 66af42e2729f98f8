package main

import (
	"fmt"
	"strings"
)

func main() {
	drink := "café crème"
	fmt.Println(strings.Contains(drink, "é c"), strings.HasSuffix(drink, "ème"), strings.HasPrefix(drink, "caf"))
}
