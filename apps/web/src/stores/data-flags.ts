// Facts about the data on screen that the frame shows, whichever page found them (the synthetic-data mark).
import { defineStore } from 'pinia';
import { ref } from 'vue';

export const useDataFlags = defineStore('dataFlags', () => {
  const synthetic = ref(false);
  function seen(rows: { synthetic?: boolean | null }[] | { synthetic?: boolean | null } | null | undefined): void {
    const list = Array.isArray(rows) ? rows : rows ? [rows] : [];
    if (list.some((r) => r.synthetic)) synthetic.value = true;
  }
  return { synthetic, seen };
});
