package main

import "fmt"

func main() {
	word := "café ñandú"
	accented := 0
	for _, c := range word {
		if c == 'é' || c == 'ñ' || c == 'ú' {
			accented += 1
		}
	}
	fmt.Println(accented)
}
