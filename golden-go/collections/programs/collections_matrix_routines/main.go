package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func zeros(rows, cols int) [][]int {
	m := [][]int{}
	for i2 := 0; i2 < rows; i2++ {
		row := []int{}
		for i4 := 0; i4 < cols; i4++ {
			row = append(row, 0)
		}
		m = append(m, row)
	}
	return m
}

func identity(n int) [][]int {
	m := zeros(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func width(m [][]int) int {
	subject := lisette.SliceGet(m, 0)
	if subject.Tag == lisette.OptionSome {
		row := subject.SomeVal
		return len(row)
	}
	return 0
}

func transpose(m [][]int) [][]int {
	rows := len(m)
	cols := width(m)
	t := zeros(cols, rows)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			t[c][r] = m[r][c]
		}
	}
	return t
}

func multiply(a, b [][]int) lisette.Option[[][]int] {
	if len(a) == 0 || len(b) == 0 || width(a) != len(b) {
		return lisette.MakeOptionNone[[][]int]()
	}
	n := len(a)
	inner := len(b)
	p := width(b)
	out := zeros(n, p)
	for i := 0; i < n; i++ {
		for j := 0; j < p; j++ {
			sum := 0
			for k := 0; k < inner; k++ {
				sum += a[i][k] * b[k][j]
			}
			out[i][j] = sum
		}
	}
	return lisette.MakeOptionSome[[][]int](out)
}

func same(x, y [][]int) bool {
	if len(x) != len(y) {
		return false
	}
	for i, row := range x {
		if len(row) != len(y[i]) {
			return false
		}
		for j, v := range row {
			if v != y[i][j] {
				return false
			}
		}
	}
	return true
}

func format_row(row []int) string {
	return strings.Join(lisette.SliceMap(row, func(v int) string {
		return fmt.Sprintf("%v", v)
	}), " ")
}

func print_matrix(title string, m [][]int) {
	rows := len(m)
	cols := width(m)
	fmt.Printf("%v (%vx%v)\n", title, rows, cols)
	for _, row := range m {
		fmt.Println("  " + format_row(row))
	}
}

func main() {
	a := [][]int{[]int{1, 2, 3}, []int{4, 5, 6}}
	b := [][]int{[]int{7, 8}, []int{9, 10}, []int{11, 12}}
	print_matrix("A", a)
	print_matrix("B", b)
	print_matrix("A^T", transpose(a))
	subject2 := multiply(a, b)
	if subject2.Tag == lisette.OptionSome {
		c := subject2.SomeVal
		print_matrix("A*B", c)
	} else {
		fmt.Println("A*B undefined")
	}
	subject3 := multiply(a, a)
	if subject3.Tag == lisette.OptionSome {
		c := subject3.SomeVal
		print_matrix("A*A", c)
	} else {
		fmt.Println("A*A undefined")
	}
	i3 := identity(3)
	fmt.Println(i3)
	subject4 := multiply(a, i3)
	if subject4.Tag == lisette.OptionSome {
		c := subject4.SomeVal
		fmt.Printf("A*I equals A: %v\n", same(c, a))
	} else {
		fmt.Println("A*I undefined")
	}
	fmt.Printf("A^T^T equals A: %v\n", same(transpose(transpose(a)), a))
	fmt.Printf("A equals B: %v\n", same(a, b))
	row_sums := lisette.SliceMap(a, func(row []int) int {
		return lisette.SliceFold(row, 0, func(acc, v int) int {
			return acc + v
		})
	})
	col_sums := lisette.SliceMap(transpose(a), func(col []int) int {
		return lisette.SliceFold(col, 0, func(acc, v int) int {
			return acc + v
		})
	})
	fmt.Println(row_sums, col_sums)
	scaled := zeros(2, 3)
	for i, row := range a {
		for j, v := range row {
			scaled[i][j] = v * 10
		}
	}
	fmt.Println(scaled, a)
	fmt.Println(transpose(b))
}
