package main

import "fmt"

const SAMPLES = 5

const TOTAL_MS int64 = 1234

const MEAN_MS float64 = float64(TOTAL_MS) / float64(SAMPLES)

func main() {
	fmt.Println(MEAN_MS)
}
