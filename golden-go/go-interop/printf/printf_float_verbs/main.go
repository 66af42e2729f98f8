package main

import "fmt"

func main() {
	pi := 3.14159265
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%e|%g\n", pi, pi, pi, pi, pi, pi)
	big := 1234567.891
	fmt.Printf("%.1f %e %g %v\n", big, big, big, big)
	var ratio float32 = 0.1
	fmt.Printf("%v %.10f\n", ratio, ratio)
}
