package main

import "fmt"

const BASE_FEE = 2.5

const BULK_FEE = BASE_FEE*4.0 - 1.0

const PER_ITEM = BULK_FEE / 8.0

func main() {
	fmt.Println(BULK_FEE, PER_ITEM)
}
