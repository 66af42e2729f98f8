package main

import "fmt"

func main() {
	readings := []float64{}
	readings = append(readings, 2.5)
	fmt.Println(readings)
}
