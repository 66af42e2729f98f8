package main

import "fmt"

func mean(total float64, count int) float64 {
	return total / float64(count)
}

func main() {
	var small int32 = 40000
	wide := int64(small) * 100000
	count := 3
	sum := 10.0
	fmt.Println(wide, mean(sum, count), float64(count)+sum)
}
