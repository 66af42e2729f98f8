package disk

import lisette "lisette.dev/prelude"

type Block struct {
	Id    int
	Bytes int
}

func (v Block) String() string {
	return "Block { id: " + lisette.FormatValue(v.Id) + ", bytes: " + lisette.FormatValue(v.Bytes) + " }"
}

func Blocks(bytes int) []Block {
	out := []Block{}
	left := bytes
	id := 0
	for left > 0 {
		var take int
		if left > 4096 {
			take = 4096
		} else {
			take = left
		}
		out = append(out, Block{Id: id, Bytes: take})
		left -= take
		id += 1
	}
	return out
}
