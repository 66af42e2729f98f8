package main

import "fmt"

func main() {
	total := 100
	fmt.Println(total-20-5, total/10/5, 2*3%4, total-50+25, 7%4*3)
}
