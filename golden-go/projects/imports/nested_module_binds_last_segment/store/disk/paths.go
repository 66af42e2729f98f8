package disk

import "fmt"

func Path(name string) string {
	return fmt.Sprintf("/var/data/%v.txt", name)
}
