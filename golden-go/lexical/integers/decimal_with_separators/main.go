package main

import "fmt"

func main() {
	population := 8_100_000_000
	year := 2_024
	zero := 0
	fmt.Println(population, year, zero, 1_0)
}
