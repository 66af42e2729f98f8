package main

import "fmt"

func origin() []float64 {
	return []float64{0.0, 0.0, 0.5}
}

func main() {
	p := origin()
	fmt.Println(p, len(p))
}
