package main

import "fmt"

func row(n, columns int) string {
	line := fmt.Sprintf("%2d |", n)
	for c, more := 1, 1 <= columns; more; c, more = c+1, c < columns {
		line += fmt.Sprintf("%4d", n*c)
	}
	return line
}

func repeat(text string, times int) string {
	result := ""
	i := 0
	for i < times {
		result += text
		i += 1
	}
	return result
}

func main() {
	columns := 6
	header := "   |"
	for c, more2 := 1, 1 <= columns; more2; c, more2 = c+1, c < columns {
		header += fmt.Sprintf("%4d", c)
	}
	fmt.Println(header)
	fmt.Println("---+" + repeat("----", columns))
	for n, more3 := 1, 1 <= columns; more3; n, more3 = n+1, n < columns {
		fmt.Println(row(n, columns))
	}
	var diagonal_sum int
	{
		sum := 0
		for k, more4 := 1, 1 <= columns; more4; k, more4 = k+1, k < columns {
			sum += k * k
		}
		diagonal_sum = sum
	}
	fmt.Println(fmt.Sprintf("sum of the diagonal: %d", diagonal_sum))
}
