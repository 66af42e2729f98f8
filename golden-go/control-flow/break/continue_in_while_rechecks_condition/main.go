package main

import "fmt"

func main() {
	n := 0
	printed := 0
	for n < 10 {
		n += 1
		if n%3 != 0 {
			continue
		}
		printed += 1
		fmt.Println(n)
	}
	fmt.Printf("n = %v, printed = %v\n", n, printed)
}
