package main

import "fmt"

func print_header(size int) {
	fmt.Print("   |")
	for col, more := 1, 1 <= size; more; col, more = col+1, col < size {
		fmt.Printf("%4d", col)
	}
	fmt.Println()
	rule := "---+"
	for _col, more2 := 1, 1 <= size; more2; _col, more2 = _col+1, _col < size {
		rule += "----"
	}
	fmt.Println(rule)
}

func print_row(row, size int) {
	fmt.Printf("%2d |", row)
	for col, more3 := 1, 1 <= size; more3; col, more3 = col+1, col < size {
		fmt.Printf("%4d", row*col)
	}
	fmt.Println()
}

func main() {
	size := 9
	print_header(size)
	for row, more4 := 1, 1 <= size; more4; row, more4 = row+1, row < size {
		print_row(row, size)
	}
	diagonal := 0
	for k, more5 := 1, 1 <= size; more5; k, more5 = k+1, k < size {
		diagonal += k * k
	}
	fmt.Printf("sum of the diagonal: %d\n", diagonal)
}
