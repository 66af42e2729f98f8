package main

import (
	"fmt"
	"strconv"
)

func main() {
	_, _ = strconv.Atoi("12")
	_, _ = strconv.Atoi("x")
	fmt.Println("done")
}
