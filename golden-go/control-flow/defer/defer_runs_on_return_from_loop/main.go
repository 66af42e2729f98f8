package main

import "fmt"

func find_user(ids []int, wanted int) string {
	defer fmt.Println("lookup finished")
	for _, id := range ids {
		if id == wanted {
			return fmt.Sprintf("user %v", id)
		}
	}
	return "nobody"
}

func main() {
	fmt.Println(find_user([]int{3, 7, 9}, 7))
	fmt.Println(find_user([]int{3, 7, 9}, 4))
}
