package main

import (
	"fmt"
	"strings"
)

func main() {
	file := "report.pdf"
	fmt.Println(strings.HasPrefix(file, "rep"), strings.HasSuffix(file, ".pdf"), strings.HasSuffix(file, ".doc"))
	fmt.Println(strings.HasPrefix(file, ""), strings.HasSuffix("", "x"))
}
