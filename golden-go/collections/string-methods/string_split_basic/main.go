package main

import (
	"fmt"
	"strings"
)

func main() {
	csv := "ann,31,lima"
	fields := strings.Split(csv, ",")
	fmt.Println(fields, len(fields), fields[2])
}
