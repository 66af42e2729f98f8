package main

import "fmt"

const COUNT = 12

const WIDE int64 = 4000000000

const TOTAL int64 = int64(COUNT) + WIDE

func main() {
	fmt.Println(TOTAL)
}
