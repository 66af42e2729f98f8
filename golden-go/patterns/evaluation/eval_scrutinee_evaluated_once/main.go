package main

import "fmt"

func next_ticket() int {
	fmt.Println("next_ticket called")
	return 42
}

func main() {
	var label string
	subject := next_ticket()
	switch subject {
	case 0:
		label = "zero"
	case 1, 2, 3:
		n := subject
		if n < 10 {
			label = "small"
		} else {
			n2 := subject
			if n2 < 40 {
				label = "medium"
			} else {
				label = "tiny"
			}
		}
	default:
		n := subject
		if n < 10 {
			label = "small"
		} else {
			n3 := subject
			if n3 < 40 {
				label = "medium"
			} else {
				n4 := subject
				label = fmt.Sprintf("large %v", n4)
			}
		}
	}
	fmt.Println(label)
}
