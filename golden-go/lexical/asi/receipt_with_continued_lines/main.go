package main

import "fmt"

func line_total(unit_cents, quantity int) int {
	return unit_cents * quantity
}

func discount(total_cents int) int {
	if total_cents >= 5000 && total_cents < 10000 {
		return total_cents / 20
	} else if total_cents >= 10000 {
		return total_cents / 10
	} else {
		return 0
	}
}

func print_line(name string, cents int) {
	fmt.Printf("%-10s %4d.%02d\n", name, cents/100, cents%100)
}

func main() {
	bread := line_total(349, 2)
	cheese := line_total(1299, 1)
	apples := line_total(89, 12)
	coffee := line_total(2450, 2)
	print_line("bread", bread)
	print_line("cheese", cheese)
	print_line("apples", apples)
	print_line("coffee", coffee)
	subtotal := bread + cheese + apples + coffee
	off := discount(subtotal)
	print_line("subtotal", subtotal)
	print_line("discount", off)
	print_line("total", subtotal-off)
	average := float64(subtotal) / 4.0 / 100.0
	fmt.Printf("average per line: %v\n", average)
}
