package main

import (
	"fmt"
	"strconv"
)

func main() {
	_, _ = strconv.Atoi("7")
	fmt.Println("done")
}
