package main

import (
	"fmt"
	"golden/projects/fields/struct_update_of_all_pub_module_struct/style"
)

func main() {
	body := style.Body()
	title := style.Font{Size: 18, Bold: true, Family: body.Family}
	fmt.Println(title)
	fmt.Println(body.Size)
}
