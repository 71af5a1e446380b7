/** The wall's panels draw dark; embeds light unless `theme=dark`. */
import { createContext, useContext } from 'react';

export const DarkContext = createContext(false);
export const useDark = () => useContext(DarkContext);
