package main

import "fmt"

func main() {
	rows := [][]string{[]string{"a"}, []string{"b", "c"}, []string{"key", "value"}, []string{"x", "y"}}
	found := "none"
	for _, row := range rows {
		if len(row) == 2 && row[0] == "key" {
			v := row[1]
			found = v
			break
		}
	}
	fmt.Println(found)
}
