package main

import (
	"fmt"
	"strconv"
)

func main() {
	strconv.Atoi("7")
	fmt.Println("done")
}
