package main

import "fmt"

func to_celsius(fahrenheit float64) float64 {
	return (fahrenheit - 32.0) * 5.0 / 9.0
}

func round_to_int(value float64) int {
	if value < 0.0 {
		return int((value - 0.5))
	} else {
		return int((value + 0.5))
	}
}

func main() {
	fmt.Println("   F       C  rounded")
	coldest := 1000.0
	warmest := -1000.0
	sum := 0.0
	rows := 0
	for step := 0; step <= 8; step++ {
		fahrenheit := step*20 - 20
		celsius := to_celsius(float64(fahrenheit))
		fmt.Printf("%4d %7.2f %4d\n", fahrenheit, celsius, round_to_int(celsius))
		if celsius < coldest {
			coldest = celsius
		}
		if celsius > warmest {
			warmest = celsius
		}
		sum += celsius
		rows += 1
	}
	mean := sum / float64(rows)
	fmt.Printf("coldest %v, warmest %v\n", coldest, warmest)
	fmt.Printf("mean %.3f over %d rows\n", mean, rows)
}
